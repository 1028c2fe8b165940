# Source: https://drillcode.xyz/drills/id/28 ("Prefix Sum + Map": the solution as written, its test
# line run and two more calls added)
def subarray_sum(a, k):
    count = 0
    prefix = 0
    mp = {0: 1}
    for x in a:
        prefix += x
        count += mp.get(prefix - k, 0) # how many earlier prefixes match?
        mp[prefix] = mp.get(prefix, 0) + 1
    return count
# Test: subarray_sum([1,1,1], 2) == 2
print(subarray_sum([1,1,1], 2) == 2)
print(subarray_sum([1, 2, 3], 3), subarray_sum([1, -1, 0], 0))
