# bench/reference.rubric as one jq program, the peer rubric is measured against.
# Usage: jq -c -f score.jq offers.jsonl
# It evaluates the same IEEE double expressions in the same order as rubric,
# so totals agree to the last bit; it prints {"id", "total", "flags"}.
def clamp($lo; $hi): if . < $lo then $lo elif . > $hi then $hi else . end;
def runway_risk:
  if . <= 6 then 1
  elif . <= 18 then 1 + (. - 6) * 4 / 12
  elif . <= 36 then 5 + (. - 18) * 4 / 18
  else 9 end;

.comp as $c
| ($c.base * (1 + $c.bonus_pct / 100) + $c.equity_4y / 4 + $c.sign_on / 4) as $total_comp
| (($total_comp - 150000) / 200000 * 10 | clamp(0; 10)) as $pay
| ({"org": 10, "multi-team": 7, "team": 4}[.scope.level]) as $scope
| (if .team.size == 0 then 0 else .team.seniors / .team.size end) as $ratio
| (if $ratio >= 0.3 then 9 elif $ratio >= 0.15 then 6 else 3 end) as $team
| .oncall.weeks_per_quarter as $weeks
| .oncall.support as $support
| (10 - 1.5 * $weeks - (if $support == "none" then 2 else 0 end) | clamp(0; 10)) as $burden
| (.company_info.runway_months | runway_risk) as $risk
| ((30 * $scope + 25 * $pay + 20 * $team + 15 * $burden + 10 * $risk) / 100) as $weighted
| [ (if $weeks >= 4 and $support == "none" then {id: "heavy_oncall", p: 1.5} else empty end),
    (if $c.equity_4y / 4 / $total_comp > 0.5
        and (.company_info.stage == "seed" or .company_info.stage == "series-a")
     then {id: "equity_bet", p: 0.5} else empty end),
    (if .promotion.ladder_published | not then {id: "vague_leveling", p: 0} else empty end)
  ] as $flags
| ($weighted - ($flags | map(.p) | add // 0)) as $final
| {id: .id, total: (if $final < 0 then 0 else $final end), flags: ($flags | map(.id))}
