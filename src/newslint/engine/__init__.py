"""Rule base, registry, runner and fixer."""
