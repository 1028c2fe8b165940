# Source: https://www.eetcode.com/deepml/383 (deep-ml "Top-p (Nucleus) Sampling", the solution as
# written; a seed and calls added)
import numpy as np

def top_p_sampling(logits: list[float], p: float, temperature: float = 1.0) -> int:
    logits = np.array(logits) / temperature
    probs = np.exp(logits - np.max(logits))
    probs = probs / probs.sum()

    sorted_indices = np.argsort(-probs)
    sorted_probs = probs[sorted_indices]
    cumulative_probs = np.cumsum(sorted_probs)

    # Find the smallest set whose cumulative prob >= p
    cutoff_index = np.searchsorted(cumulative_probs, p)
    cutoff_index = min(cutoff_index + 1, len(sorted_probs))

    top_indices = sorted_indices[:cutoff_index]
    top_probs = probs[top_indices]
    top_probs = top_probs / top_probs.sum()

    return int(np.random.choice(top_indices, p=top_probs))

np.random.seed(0)
logits = [2.0, 1.0, 0.5, 0.1, -1.0]
print([top_p_sampling(logits, 0.9) for _ in range(12)])
print([top_p_sampling(logits, 0.5, temperature=0.5) for _ in range(6)])
print(top_p_sampling([5.0, 0.0, 0.0], 0.5))
print(top_p_sampling(logits, 1.0, temperature=2.0))
