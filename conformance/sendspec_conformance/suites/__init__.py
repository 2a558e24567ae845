"""The conformance suites, one pytest file per provider (run by ``sendspec conform``)."""
