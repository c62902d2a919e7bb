"""Strings that Streamlit's Markdown would turn into something else than their text, were they not escaped."""

HOSTILE = [
    "[link](https://evil.example/a) ![img](https://evil.example/i.png) <b>bold html</b>",
    "bare https://evil.example/b and www.evil.example and mail a@evil.example",
    "latex $x^2$ and $$y$$ colour :red[red] :blue-background[blue] icon :material/home: emoji :smile: :+1:",
    "**strong** _em_ ~~strike~~ `code` # not a heading &amp; &lt;",
    "> not a quote",
    "1. not a list",
    "    not code",
    "| not | a table |",
]
