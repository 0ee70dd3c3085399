# forkscope: Pool.map() fetches four URLs with urllib
# source: document 001 (多进程), example 13 — ../shared/seeds/examples/001_13.py
# shows: pool.map(scrape, urls) on 3 workers: each urlopen() waits for the virtual network, so lines come in completion order. The three real hosts answer ('Scraped'); xxxyxxx.net is unknown and urlopen raises URLError ('not Scraped'). The pool is close()d but never joined.
# options: --platform windows

# -*- coding: utf-8 -*-

from multiprocessing import Pool
import urllib.request
import urllib.error


def scrape(url):
    try:
        urllib.request.urlopen(url)
        print("URL {0} Scraped".format(url))
    except (urllib.error.HTTPError, urllib.error.URLError):
        print("URL {0} not Scraped".format(url))


if __name__ == "__main__":
    pool = Pool(processes=3)
    urls = [
        'https://www.dogedoge.com/',
        'https://www.csdn.net/',
        'https://bj.meituan.com/',
        'http://xxxyxxx.net'
    ]
    pool.map(scrape, urls)
    pool.close()
