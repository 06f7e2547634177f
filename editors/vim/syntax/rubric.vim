" Vim syntax for rubric rule files (docs/language.md).
if exists('b:current_syntax')
  finish
endif

syntax keyword rubricDeclaration rubric scale offer let criterion flag confirm ask draft ignore currency rates
syntax keyword rubricClause weight score because when penalty cap veto range cite negotiable
syntax keyword rubricConditional if then else match
syntax keyword rubricOperator and or not in
syntax keyword rubricBoolean true false
syntax keyword rubricSeverity info warning critical
syntax keyword rubricType number money percent bool text grant
syntax keyword rubricBuiltin total
syntax match rubricFunction /\<\(min\|max\|clamp\|abs\|round\|scale\|max_of\|min_of\|mean_of\|grant_value\|vested\|vested_through\)\ze\s*(/
syntax match rubricNumber /\<\d\+\(\.\d\+\)\?[kM%]\?/
syntax match rubricArrow /=>/
syntax region rubricString start=/"/ skip=/\\./ end=/"/ oneline contains=rubricEscape,rubricInterpolation
syntax match rubricEscape /\\[\\"nt{}]/ contained
syntax match rubricInterpolation /{[a-z_][A-Za-z0-9_.]*}/ contained
syntax match rubricComment /#.*$/ contains=@Spell

highlight default link rubricDeclaration Statement
highlight default link rubricClause Keyword
highlight default link rubricConditional Conditional
highlight default link rubricOperator Operator
highlight default link rubricArrow Operator
highlight default link rubricBoolean Boolean
highlight default link rubricSeverity Constant
highlight default link rubricType Type
highlight default link rubricBuiltin Identifier
highlight default link rubricFunction Function
highlight default link rubricNumber Number
highlight default link rubricString String
highlight default link rubricEscape SpecialChar
highlight default link rubricInterpolation Identifier
highlight default link rubricComment Comment

let b:current_syntax = 'rubric'
