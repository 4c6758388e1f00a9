"""Text handling for comments: cleaning input, rendering Markdown."""
