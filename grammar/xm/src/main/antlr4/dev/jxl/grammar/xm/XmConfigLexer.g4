/*
 * Tokens of the Python subset that legacy xm (xend) domain configs are written in. Grammar only, no
 * actions: Python's INDENT/DEDENT tokens and the joining of lines inside brackets are made by
 * XmTokenSource, which wraps this lexer. Keywords outside the subset get their own token so that an
 * error can name the construct instead of saying "syntax error".
 */
lexer grammar XmConfigLexer;

tokens { INDENT, DEDENT }

DEF    : 'def' ;
IF     : 'if' ;
ELIF   : 'elif' ;
ELSE   : 'else' ;
RETURN : 'return' ;
RAISE  : 'raise' ;
IMPORT : 'import' ;
PASS   : 'pass' ;
AND    : 'and' ;
OR     : 'or' ;
NOT    : 'not' ;
IN     : 'in' ;
IS     : 'is' ;
TRUE   : 'True' ;
FALSE  : 'False' ;
NONE   : 'None' ;

// Python keywords whose constructs jxl does not evaluate (loops, classes, exceptions handling, ...).
UNSUPPORTED_KEYWORD
    : 'for' | 'while' | 'lambda' | 'class' | 'try' | 'except' | 'finally' | 'with' | 'yield'
    | 'global' | 'nonlocal' | 'del' | 'assert' | 'from' | 'as' | 'break' | 'continue' | 'async' | 'await'
    ;

NAME : [a-zA-Z_] [a-zA-Z_0-9]* ;

// Python 2 and 3 both read 0x1f and 0o17; a leading-zero octal (017) is Python 2 only.
HEX_INTEGER   : '0' [xX] [0-9a-fA-F]+ ;
OCT_INTEGER   : '0' [oO] [0-7]+ | '0' [0-7]+ ;
DEC_INTEGER   : [1-9] [0-9]* | '0'+ ;
FLOAT
    : DIGITS '.' DIGITS? EXPONENT?
    | '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;
fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

// Strings keep their prefix and quotes; XmStrings decodes the escapes (and refuses u/b prefixes).
STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING) ;
fragment STRING_PREFIX : [rRuUbB] | [rR] [bB] | [bB] [rR] | [uU] [rR] ;
fragment LONG_STRING
    : '\'\'\'' ('\\' . | ~'\\')*? '\'\'\''
    | '"""' ('\\' . | ~'\\')*? '"""'
    ;
fragment SHORT_STRING
    : '\'' ('\\' ('\r\n' | .) | ~[\\\r\n'])* '\''
    | '"' ('\\' ('\r\n' | .) | ~[\\\r\n"])* '"'
    ;
// A quote never closed on its line: one token up to the end of the line, reported. (An unclosed
// triple quote lexes as an empty string followed by this.)
UNTERMINATED_STRING
    : STRING_PREFIX? '\'' ('\\' ('\r\n' | .) | ~[\\\r\n'])*
    | STRING_PREFIX? '"' ('\\' ('\r\n' | .) | ~[\\\r\n"])*
    ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
COMMA    : ',' ;
COLON    : ':' ;
DOT      : '.' ;
SEMI     : ';' ;
PLUS_ASSIGN  : '+=' ;
MINUS_ASSIGN : '-=' ;
STAR_ASSIGN  : '*=' ;
OTHER_ASSIGN : '/=' | '//=' | '%=' | '**=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '@=' ;
EQ       : '==' ;
NE       : '!=' ;
LE       : '<=' ;
GE       : '>=' ;
OLD_NE   : '<>' ;
SHIFT    : '<<' | '>>' ;
LT       : '<' ;
GT       : '>' ;
ASSIGN   : '=' ;
POWER    : '**' ;
DOUBLE_SLASH : '//' ;
PLUS     : '+' ;
MINUS    : '-' ;
STAR     : '*' ;
SLASH    : '/' ;
PERCENT  : '%' ;
BITWISE  : '&' | '|' | '^' | '~' ;
BACKTICK : '`' ;
AT       : '@' ;

// A newline carries the indentation of the line after it; XmTokenSource measures it.
NEWLINE : ('\r'? '\n' | '\r') [ \t\f]* ;
WS        : [ \t\f]+ -> skip ;
COMMENT   : '#' ~[\r\n]* -> skip ;
LINE_JOIN : '\\' ('\r'? '\n' | '\r') -> skip ;

// Anything else is reported where it stands; the lexer itself never fails.
BAD_CHAR : . ;
