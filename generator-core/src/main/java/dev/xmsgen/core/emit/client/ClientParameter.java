package dev.xmsgen.core.emit.client;

import dev.xmsgen.core.model.ParameterModel;

/**
 * A client-level parameter as the generated clients hold it.
 *
 * @param model the parameter
 * @param name the builder method, field and constructor parameter name: the Java name, unless that
 *     is taken by the builder's own members
 */
record ClientParameter(ParameterModel model, String name) {}
