package dev.xmsgen.core.emit.client;

import dev.xmsgen.core.model.ParameterModel;

/**
 * Where the value of one of an operation's parameters comes from when its request is built.
 *
 * @param parameter the parameter
 * @param source the kind of value
 * @param value the argument or client field name, the group argument's name for {@link
 *     Source#GROUP_FIELD}, or the constant's text; unused for {@link Source#API_VERSION}
 */
record ParameterValue(ParameterModel parameter, Source source, String value) {

  /** The kinds of value. */
  enum Source {
    /** A method argument. */
    ARGUMENT,
    /** A field of a parameter group passed as one method argument. */
    GROUP_FIELD,
    /** A field of the group client, set once on the client builder. */
    CLIENT_FIELD,
    /** A fixed value. */
    CONSTANT,
    /** The client's API version constant. */
    API_VERSION
  }
}
