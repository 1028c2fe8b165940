# Source: https://www.tutorialspoint.com/python-program-to-find-the-cumulative-sum-of-a-list-where-the-ith-element-is-the-sum-of-the-first-iplus1-elements-from-the-original-list (as written; import numpy added for the corpus)
import numpy as np
def cumulative_sum(my_list):
   cumulative_list = []
   my_length = len(my_list)
   cumulative_list = [sum(my_list[0:x:1]) for x in range(0, my_length+1)]
   return cumulative_list[1:]

my_list = [10, 20, 25, 30, 40, 50]
print("The list is :")
print(my_list)
print("The cumulative sum is :")
print (cumulative_sum(my_list))
