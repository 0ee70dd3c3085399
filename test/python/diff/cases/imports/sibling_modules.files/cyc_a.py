done = False
import cyc_b
seen_partial = cyc_b.saw
done = True
