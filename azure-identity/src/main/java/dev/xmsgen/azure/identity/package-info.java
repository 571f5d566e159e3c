/**
 * The bridge from azure-identity to generated clients: {@link
 * dev.xmsgen.azure.identity.AzureCredential} makes any Azure SDK credential (such as {@code
 * DefaultAzureCredential}) a {@link dev.xmsgen.runtime.TokenCredential}. It uses only the
 * runtime's user API ({@code TokenCredential}, {@code AccessToken}) and azure-core's credential
 * interface; nothing of the runtime's implementation, and the runtime never sees the Azure SDK.
 */
package dev.xmsgen.azure.identity;
