# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("The Equilibrium Index" and
# "Equilibrium Index of an Array using Prefix Sum": both functions; the second's end, cut off in the
# stored page, completed as its steps describe, with the name find_equilibrium_prefix)
def find_equilibrium_index(arr):
    total_sum = sum(arr)
    left_sum = 0
    for i in range(len(arr)):
        # Right sum for index i is total_sum minus left_sum minus arr[i]
        if left_sum == (total_sum - left_sum - arr[i]):
            return i
        left_sum += arr[i]
    return -1

# Example usage
array = [-7, 1, 5, 2, -4, 3, 0]
index = find_equilibrium_index(array)
print("Equilibrium index:", index)


def find_equilibrium_prefix(arr):
    n = len(arr)
    prefix_sum = [0] * n
    prefix_sum[0] = arr[0]

    # Calculate prefix sums
    for i in range(1, n):
        prefix_sum[i] = prefix_sum[i - 1] + arr[i]

    total_sum = prefix_sum[n - 1]

    # Find equilibrium index
    for i in range(n):
        left_sum = 0 if i == 0 else prefix_sum[i - 1]
        right_sum = total_sum - prefix_sum[i]
        if left_sum == right_sum:
            return i
    return -1

print(find_equilibrium_prefix(array), find_equilibrium_prefix([1, 2, 3]), find_equilibrium_index([]))
