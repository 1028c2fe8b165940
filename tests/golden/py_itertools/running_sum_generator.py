# Source: https://newbedev.com/list-comprehension-for-running-total (generator answer, as written;
# `a` from the question, the list() call from the answer's comment)
a = range(20)
def running_sum(a):
  tot = 0
  for item in a:
    tot += item
    yield tot

print(list(running_sum(a)))
