print("raising")
raise ValueError("code", 42)
