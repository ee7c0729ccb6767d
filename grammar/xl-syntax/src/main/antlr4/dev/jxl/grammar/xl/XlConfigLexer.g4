/*
 * Tokens of the xl config syntax, rule for rule as Xen 4.17's libxlu_cfg_l.l (flex) has them:
 * the same longest-match, first-rule-wins choices. No actions: lexical errors become tokens that
 * XlConfigReader reports.
 */
lexer grammar XlConfigLexer;


IDENT  : [a-z] [._0-9a-z]* ;
// kept as text: strtol(base 0) in the consumer decides, so 0x, 08 and 1e3 lex fine
NUMBER : [0-9] [0-9a-fx]* ;

WS        : [ \t] -> skip ;
COMMA     : ',' ;
LBRACKET  : '[' ;
RBRACKET  : ']' ;
OP_ADD    : '+=' ;
ASSIGN    : '=' ;
SEMICOLON : ';' ;
// a comment is part of the newline that ends it; one without a newline is a lexical error
NEWLINE   : '\n' | '#' ~'\n'* '\n' ;

// no raw newline, no backslash-newline; escapes are decoded (with xl's quirks) after parsing
STRING
    : '\'' (~['\\\n] | '\\' ~'\n')* '\''
    | '"'  (~["\\\n] | '\\' ~'\n')* '"'
    ;

// A quote that is never closed on its line. libxlu reports a lexical error here too; taking the
// rest of the line as one token keeps lexing linear (no rescan from every later quote).
UNTERMINATED_STRING
    : '\'' (~['\\\n] | '\\' ~'\n')* '\\'?
    | '"'  (~["\\\n] | '\\' ~'\n')* '\\'?
    ;

// A comment on the last line, with no newline after it: a lexical error in libxlu (unless the '#'
// is the file's very last byte, see XlTokenSource). One token, again so lexing stays linear.
COMMENT_AT_EOF : '#' ~'\n'* EOF ;

// Everything else starts a lexical error. libxlu then swallows up to the next blank or newline
// (its "lexerr" state with yymore); the error text is reported, never parsed. Characters that
// Python would use mark the file as "looks like Python".
PYTHON_CHAR : [+\-.():] -> more, pushMode(LEXERR) ;
BAD_CHAR    : .         -> more, pushMode(LEXERR) ;

mode LEXERR;
LEX_ERROR         : ~[ \t\n]+ -> popMode ;
LEX_ERROR_BLANK   : [ \t]     -> type(LEX_ERROR), popMode ;
// the newline after an error both ends the error and still ends the statement
LEX_ERROR_NEWLINE : '\n'      -> popMode ;
