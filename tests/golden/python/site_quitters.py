# exit, quit and help are objects whose repr tells a learner what to type.
print(exit)
print(quit)
print(help)
print(repr(exit))
print([exit, quit])
print(str(help))
