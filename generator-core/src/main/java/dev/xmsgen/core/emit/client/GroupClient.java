package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import dev.xmsgen.core.model.OperationGroup;
import java.util.List;

/**
 * One operation group's client class as the top-level client sees it.
 *
 * @param group the operations
 * @param type the class
 * @param fields the client-level parameters its constructor takes, in client order
 */
record GroupClient(OperationGroup group, ClassName type, List<ClientParameter> fields) {
  GroupClient {
    fields = List.copyOf(fields);
  }
}
