print("zero-width space next")
x​ = 1
