exec("for i in range(3):\n    print(i)\n  print(2)")
