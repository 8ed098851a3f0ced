package dev.dakora.common.render;

import com.hubspot.jinjava.tree.Node;

/** A parsed template, and whether it may change its inputs (so it renders with a copy, see {@link MutableInputs}). */
record ParsedTemplate(Node root, boolean changesInputs) {
}
