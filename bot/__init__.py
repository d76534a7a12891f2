"""The Lookout application: CLI, config, pipeline, safety tips, export readers and platform adapters."""
