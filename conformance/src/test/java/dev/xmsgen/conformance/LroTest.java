package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import conformance.lro.AutoRestLongRunningOperationTestServiceClient;
import conformance.lro.LRORetrysClient;
import conformance.lro.LROSADsClient;
import conformance.lro.LROsClient;
import conformance.lro.LROsCustomHeaderClient;
import conformance.lro.models.Product;
import conformance.lro.models.Sku;
import conformance.lro.models.SubProduct;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.RequestOptions;
import dev.xmsgen.runtime.OperationStatus;
import dev.xmsgen.runtime.ResponseBodyException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * lro.json: long-running PUT, PATCH, DELETE and POST operations that finish inline, through a
 * status monitor ({@code Azure-AsyncOperation}), a {@code Location} or the resource itself, end
 * succeeded, failed or canceled, and go wrong in the ways services do.
 */
class LroTest {
  private static final AutoRestLongRunningOperationTestServiceClient CLIENT =
      AutoRestLongRunningOperationTestServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build();

  private static void succeeded(Product product) {
    assertEquals("Succeeded", product.getProvisioningState());
    assertEquals("100", product.getId());
    assertEquals("foo", product.getName());
  }

  private static ApiException endsFailed(Executable call) {
    return assertThrows(ApiException.class, call);
  }

  @Nested
  class Puts {
    private final LROsClient lro = CLIENT.lros();

    @Test
    void inline() {
      succeeded(lro.put200Succeeded(new Product()));
      succeeded(lro.put201Succeeded(new Product()));
      Product noState = lro.put200SucceededNoState(new Product());
      assertEquals("100", noState.getId());
      assertNull(noState.getProvisioningState());
    }

    @Test
    void pollingTheResource() {
      succeeded(lro.put201CreatingSucceeded200(new Product()));
      succeeded(lro.put200UpdatingSucceeded204(new Product()));
      endsFailed(() -> lro.put201CreatingFailed200(new Product()));
      endsFailed(() -> lro.put200Acceptedcanceled200(new Product()));
    }

    @Test
    void pollingALocation() {
      Product polled = lro.put202Retry200(new Product());
      assertEquals("100", polled.getId(), "the last poll's body");
      assertNull(polled.getProvisioningState());
      succeeded(lro.putNoHeaderInRetry(new Product()));
    }

    @Test
    void pollingAStatusMonitor() {
      succeeded(lro.putAsyncRetrySucceeded(new Product()));
      succeeded(lro.putAsyncNoRetrySucceeded(new Product()));
      endsFailed(() -> lro.putAsyncRetryFailed(new Product()));
      endsFailed(() -> lro.putAsyncNoRetrycanceled(new Product()));
      succeeded(lro.putAsyncNoHeaderInRetry(new Product()));
    }

    @Test
    void nonResourcesAndSubResources() {
      Sku sku = lro.putNonResource(new Sku());
      assertEquals("100", sku.getId());
      assertEquals("sku", sku.getName());
      Sku asyncSku = lro.putAsyncNonResource(new Sku());
      assertEquals("100", asyncSku.getId());
      SubProduct sub = lro.putSubResource(new SubProduct());
      assertEquals("Succeeded", sub.getProvisioningState());
      SubProduct asyncSub = lro.putAsyncSubResource(new SubProduct());
      assertEquals("Succeeded", asyncSub.getProvisioningState());
    }

    @Test
    void patches() {
      succeeded(lro.patch200SucceededIgnoreHeaders(new Product()));
      Product patched = lro.patch201RetryWithAsyncHeader(new Product());
      assertEquals("Succeeded", patched.getProvisioningState());
      assertEquals("/lro/patch/201/retry/onlyAsyncHeader", patched.getId());
      assertEquals(
          "Succeeded",
          lro.patch202RetryWithAsyncAndLocationHeader(new Product()).getProvisioningState());
    }
  }

  @Nested
  class Deletes {
    private final LROsClient lro = CLIENT.lros();

    @Test
    void provisioningStates() {
      succeeded(lro.deleteProvisioning202Accepted200Succeeded());
      endsFailed(lro::deleteProvisioning202DeletingFailed200);
      endsFailed(lro::deleteProvisioning202Deletingcanceled200);
    }

    @Test
    void locations() {
      lro.delete204Succeeded();
      lro.delete202Retry200();
      assertNull(lro.delete202NoRetry204());
      lro.deleteNoHeaderInRetry();
      lro.deleteAsyncNoHeaderInRetry();
    }

    @Test
    void statusMonitors() {
      lro.deleteAsyncRetrySucceeded();
      lro.deleteAsyncNoRetrySucceeded();
      endsFailed(lro::deleteAsyncRetryFailed);
      endsFailed(lro::deleteAsyncRetrycanceled);
    }
  }

  @Nested
  class Posts {
    private final LROsClient lro = CLIENT.lros();

    @Test
    void locations() {
      Sku sku = lro.post200WithPayload();
      assertEquals("1", sku.getId());
      lro.post202Retry200(new Product());
      assertNull(lro.post202NoRetry204(new Product()), "the last poll answered 204");
      List<Product> list = lro.post202List();
      assertEquals("foo", list.get(0).getName());
    }

    @Test
    void statusMonitors() {
      succeeded(lro.postAsyncRetrySucceeded(new Product()));
      succeeded(lro.postAsyncNoRetrySucceeded(new Product()));
      endsFailed(() -> lro.postAsyncRetryFailed(new Product()));
      endsFailed(() -> lro.postAsyncRetrycanceled(new Product()));
    }

    @Test
    void finalStateVia() {
      Product fromLocation = lro.postDoubleHeadersFinalLocationGet();
      assertEquals("100", fromLocation.getId());
      assertEquals("foo", fromLocation.getName());
      Product fromMonitor = lro.postDoubleHeadersFinalAzureHeaderGet();
      assertEquals("100", fromMonitor.getId());
      assertNull(fromMonitor.getName(), "read from the status monitor, not the Location");
      Product byDefault = lro.postDoubleHeadersFinalAzureHeaderGetDefault();
      assertEquals("foo", byDefault.getName(), "a POST reads its result from the Location");
    }
  }

  /** The first request of each fails with a 500 and is retried. */
  @Nested
  class RetriedErrors {
    private final LRORetrysClient retry = CLIENT.lroRetrys();

    @Test
    void everyKindRecovers() {
      succeeded(retry.put201CreatingSucceeded200(new Product()));
      succeeded(retry.putAsyncRelativeRetrySucceeded(new Product()));
      succeeded(retry.deleteProvisioning202Accepted200Succeeded());
      retry.delete202Retry200();
      retry.deleteAsyncRelativeRetrySucceeded();
      retry.post202Retry200(new Product());
      retry.postAsyncRelativeRetrySucceeded(new Product());
    }
  }

  @Nested
  class WhatGoesWrong {
    private final LROSADsClient sads = CLIENT.lrosads();

    @Test
    void nonRetriedErrors() {
      assertEquals(400, endsFailed(() -> sads.putNonRetry400(new Product())).statusCode());
      endsFailed(() -> sads.putNonRetry201Creating400(new Product()));
      endsFailed(() -> sads.putNonRetry201Creating400InvalidJson(new Product()));
      endsFailed(() -> sads.putAsyncRelativeRetry400(new Product()));
      endsFailed(sads::deleteNonRetry400);
      endsFailed(sads::delete202NonRetry400);
      endsFailed(sads::deleteAsyncRelativeRetry400);
      endsFailed(() -> sads.postNonRetry400(new Product()));
      endsFailed(() -> sads.post202NonRetry400(new Product()));
      endsFailed(() -> sads.postAsyncRelativeRetry400(new Product()));
    }

    /** A status monitor that answers without a status fails the operation. */
    @Test
    void statusMonitorsWithoutAStatus() {
      assertWithoutStatus(() -> sads.putAsyncRelativeRetryNoStatus(new Product()));
      assertWithoutStatus(() -> sads.putAsyncRelativeRetryNoStatusPayload(new Product()));
      assertWithoutStatus(sads::deleteAsyncRelativeRetryNoStatus);
      assertWithoutStatus(() -> sads.postAsyncRelativeRetryNoPayload(new Product()));
      assertWithoutStatus(() -> sads.putAsyncRelativeRetryInvalidJsonPolling(new Product()));
      assertWithoutStatus(sads::deleteAsyncRelativeRetryInvalidJsonPolling);
      assertWithoutStatus(() -> sads.postAsyncRelativeRetryInvalidJsonPolling(new Product()));
    }

    /** Nothing to poll: the first answer is the end. */
    @Test
    void firstAnswersWithNothingToPoll() {
      assertNull(sads.putError201NoProvisioningStatePayload(new Product()), "201 without a body");
      assertEquals(OperationStatus.SUCCEEDED, sads.beginDelete204Succeeded().status());
      assertEquals(
          OperationStatus.SUCCEEDED,
          sads.beginPost202NoLocation(new Product()).status(),
          "a 202 without a Location or status monitor has nothing to poll");
    }

    @Test
    void invalidHeadersAndBodies() {
      assertThrows(ResponseBodyException.class, () -> sads.put200InvalidJson(new Product()));
      // the status monitor or Location is /foo, which does not exist; Retry-After /bar is ignored
      assertNotFound(() -> sads.putAsyncRelativeRetryInvalidHeader(new Product()));
      assertNotFound(sads::delete202RetryInvalidHeader);
      assertNotFound(sads::deleteAsyncRelativeRetryInvalidHeader);
      assertNotFound(() -> sads.post202RetryInvalidHeader(new Product()));
      assertNotFound(() -> sads.postAsyncRelativeRetryInvalidHeader(new Product()));
    }

    private void assertWithoutStatus(Executable call) {
      ApiException e = endsFailed(call);
      assertTrue(e.getMessage().contains("without a status"), e.getMessage());
    }

    private void assertNotFound(Executable call) {
      ApiException e = endsFailed(call);
      assertEquals(404, e.statusCode());
      assertTrue(e.getMessage().contains("/foo"), e.getMessage());
    }
  }

  /** A caller's request id, set once per call, goes on the first request and on every poll. */
  @Nested
  class CustomHeaders {
    private static final String ID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";
    private final LROsCustomHeaderClient lro = CLIENT.lrosCustomHeader();

    @Test
    void theRequestIdOfTheCallGoesOnEveryPoll() {
      RequestOptions byId = new RequestOptions().clientRequestId(ID);
      succeeded(lro.beginPutAsyncRetrySucceeded(new Product(), byId).getFinalResult());
      succeeded(lro.beginPut201CreatingSucceeded200(new Product(), byId).getFinalResult());
      RequestOptions byHeader = new RequestOptions().header("x-ms-client-request-id", ID);
      assertNull(lro.beginPost202Retry200(new Product(), byHeader).getFinalResult());
      assertNull(lro.beginPostAsyncRetrySucceeded(new Product(), byHeader).getFinalResult());
    }

    @Test
    void withoutItTheServerRefusesTheCall() {
      ApiException e =
          endsFailed(() -> lro.beginPutAsyncRetrySucceeded(new Product()).getFinalResult());
      assertEquals(400, e.statusCode());
    }
  }
}
