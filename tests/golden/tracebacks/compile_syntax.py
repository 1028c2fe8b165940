compile("total = = 1", "lesson", "exec")
