/**
 * A validation rule graphql-js 16 lacks (17 has it as KnownOperationTypesRule): an operation whose type the
 * schema does not define is refused during validation, as a 400 naming the problem. Without it,
 * `mutation { x }` passes validation (fields of a missing root type are never checked) and fails only in
 * execution, as an unexpected 500-class error.
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (schema.getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(
          `The schema has no ${node.operation} type: this API is read-only and runs query operations only, got a ${node.operation}.`,
          { nodes: node },
        ),
      );
    },
  };
}
