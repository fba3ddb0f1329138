"""The distillation pipeline (issue: distillation). The app never imports this package."""
