// Benchmarks of the pure modules; see scripts/bench.
print("resume-bench: nothing measured yet")
