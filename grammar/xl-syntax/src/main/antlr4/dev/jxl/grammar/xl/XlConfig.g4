/*
 * The xl domain configuration syntax, token for token as Xen 4.17's libxlu accepts it
 * (tools/libs/util/libxlu_cfg_l.l and libxlu_cfg_y.y). Grammar only: no actions. The quirks that
 * need code (dequoting, "+=" merging, lexical-error reporting) live in XlConfigReader and
 * XlSettingsBuilder, each named there.
 */
parser grammar XlConfig;

options { tokenVocab = XlConfigLexer; }

// A file is statements; the last assignment may lack its terminator.
configFile : stmt* last=assignment? EOF ;

// The parser drives this one statement at a time, so that a syntax error skips to the next line
// the way libxlu's `stmt: error NEWLINE` recovery does.
statement
    : assignment (endStmt | EOF)   # assignmentStatement
    | endStmt                      # emptyStatement
    | EOF                          # endOfFile
    ;

stmt
    : assignment endStmt   # assignmentStmt
    | endStmt              # emptyStmt
    ;

assignment
    : key=IDENT op=(ASSIGN | OP_ADD) value ;

endStmt : NEWLINE | SEMICOLON ;

value
    : atom=(STRING | NUMBER)                                             # atomValue
    | open=LBRACKET NEWLINE* (value NEWLINE* (COMMA NEWLINE* value NEWLINE*)* (COMMA NEWLINE*)?)? RBRACKET  # listValue
    ;
