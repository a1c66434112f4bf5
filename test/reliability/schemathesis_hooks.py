"""Loaded by schemathesis (SCHEMATHESIS_HOOKS) for the reliability suite's fuzzing.

chipgraph answers a request for an entity that does not exist (path(from:, to:) with an unknown end)
with the error code NOT_FOUND: a client error, like BAD_USER_INPUT, that schemathesis knows only by
Apollo Server's own codes. Counting it with the client errors keeps not_a_server_error about what it
means: a 5xx or a failure of the server, never a well-formed refusal of what the client asked for.
"""
from schemathesis.specs.graphql import validation

validation.CLIENT_ERROR_MARKERS = validation.CLIENT_ERROR_MARKERS | {"NOT_FOUND"}
