" *.rubric files are rubric rule files.
autocmd BufRead,BufNewFile *.rubric setfiletype rubric
