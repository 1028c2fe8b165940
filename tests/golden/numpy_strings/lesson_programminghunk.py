# Source: https://www.programminghunk.com/2020/06/numpy-string-operations.html (its examples as written)
import numpy as np
#add
str1 = np.array([['Python ','Java '],['Simple ','Easy ']])
str2 = np.array([['Programming','Programming'],['Programming','programming']])
str = np.char.add(str1, str2)
print(str)

str1 = np.array([['Python ','Java '],['Simple ','Easy ']])
str = np.char.multiply(str1, 3)
print(str)

str1 = np.array(['nummpy', 'is', 'about', 'arrays'])
str = np.char.capitalize(str1)
print(str)

str1 = np.array(['Numpy', 'is', 'about', 'arrays'])
str = np.char.lower(str1)
print(str)
str = np.char.upper(str1)
print(str)

# splitting a string
print(np.char.split(['Numpy is about arrays', 'Python is easy']))
print(np.char.split('Numpy,is,about,arrays', sep=','))
