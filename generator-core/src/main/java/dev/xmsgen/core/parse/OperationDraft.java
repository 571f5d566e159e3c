package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.OperationModel;

/**
 * An operation as read, before its group is assembled: its types are still draft keys and its
 * Java name is not yet unique within the group.
 *
 * @param group the operation id's prefix before the first {@code _}, or empty
 * @param model the operation
 */
record OperationDraft(String group, OperationModel model) {}
