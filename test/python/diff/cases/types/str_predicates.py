samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Hello World", "hello world",
           "Title Case Words", "_var1", "1var", "class", "²", "½", "٣", "中文", "ABC def"]
for s in samples:
    print(repr(s).ljust(20), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
