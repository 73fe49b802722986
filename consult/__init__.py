"""consult: a consultation aid for microneedling of acne scars."""

__version__ = "0.1.0"
