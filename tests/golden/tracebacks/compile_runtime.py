code = compile("a = 1\nb = a / 0\n", "<calc>", "exec")
exec(code)
