for text in ["12", "-3", " 7 ", "seven"]:
    print(int(text) * 2)
