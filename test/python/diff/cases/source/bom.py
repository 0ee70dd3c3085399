# A UTF-8 byte-order mark: dropped, the file is UTF-8.
print("café", len("café"))
print(__name__)
