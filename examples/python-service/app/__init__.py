"""A tiny pricing service: the rules in pricing, the HTTP surface in server."""
