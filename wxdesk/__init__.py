"""wxdesk: decide how a business should reach Chinese customers on WeChat."""

__version__ = "0.1.0"
