ages = {"ann": 3, "bo": }
