"""Where models come from (registry packages), how they are built, and how they are verified."""
