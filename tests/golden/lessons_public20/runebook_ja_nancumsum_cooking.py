# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.nancumsum
# (written after the cooking-themed page at that address, "データ料理の鉄人へ!nancumsum()": the
# basic recipe with one NaN in five ingredients, then np.nan_to_num before np.cumsum as the
# alternative; the page continues past the excerpt, so its nan_to_num step is written as described.)
import numpy as np

# 材料となる配列を用意します。
# 途中に NaN が混じっているのがポイントです。
ingredients = np.array([1, 2, np.nan, 4, 5])
cumulative_sum = np.nancumsum(ingredients)
print(f"nancumsum の結果: {cumulative_sum}")

# 焦げ付かないように、NaN を 0 に置き換えてから cumsum
prepared = np.nan_to_num(ingredients)
print(f"nan_to_num の結果: {prepared}")
print(f"cumsum の結果: {np.cumsum(prepared)}")
print(np.array_equal(np.cumsum(prepared), cumulative_sum))
