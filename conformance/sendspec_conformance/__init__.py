"""sendspec's conformance side: the provider emulators and the schemathesis harness."""
