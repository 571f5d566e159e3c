package dev.xmsgen.core.emit.client;

import dev.xmsgen.core.model.ParameterModel;

/**
 * Where the value of one of an operation's parameters comes from when its request is built.
 *
 * @param parameter the parameter
 * @param source the kind of value
 * @param value the argument or client field name, or the constant's text; unused for {@link
 *     Source#API_VERSION}
 */
record ParameterValue(ParameterModel parameter, Source source, String value) {

  /** The kinds of value. */
  enum Source {
    /** A method argument. */
    ARGUMENT,
    /** A field of the group client, set once on the client builder. */
    CLIENT_FIELD,
    /** A fixed value. */
    CONSTANT,
    /** The client's API version constant. */
    API_VERSION
  }
}
