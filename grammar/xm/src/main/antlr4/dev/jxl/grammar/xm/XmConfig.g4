/*
 * The Python subset real xm (xend) domain configs use: assignments, literals, lists, tuples, dicts
 * and sets (Python 2.7's set displays),
 * `%` formatting, arithmetic, comparisons, and/or/not, if/elif/else, `def` with simple bodies,
 * `raise`, `import` and calls. Grammar only: XmEvaluator gives it meaning, and refuses at
 * evaluation whatever this grammar accepts but the subset does not model. INDENT, DEDENT and
 * logical NEWLINEs come from XmTokenSource.
 */
parser grammar XmConfig;

options { tokenVocab = XmConfigLexer; }

file : (NEWLINE | statement)* EOF ;

statement
    : simpleStatements     # simpleStatement
    | compoundStatement    # compound
    ;

simpleStatements : smallStatement (SEMI smallStatement)* SEMI? NEWLINE ;

smallStatement
    : target=NAME ASSIGN value=testList                                          # assignment
    | target=NAME op=(PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN) value=testList     # augmentedAssignment
    | testList                                                                  # expressionStatement
    | PASS                                                                      # passStatement
    | RETURN testList?                                                          # returnStatement
    | RAISE (exception=test (COMMA message=test)?)?                             # raiseStatement
    | IMPORT dottedName (COMMA dottedName)*                                     # importStatement
    ;

dottedName : NAME (DOT NAME)* ;

compoundStatement
    : IF test COLON suite (ELIF test COLON suite)* (ELSE COLON elseSuite=suite)?  # ifStatement
    | DEF name=NAME LPAREN parameters? RPAREN COLON suite                         # functionDefinition
    ;

parameters : parameter (COMMA parameter)* COMMA? ;
parameter  : name=NAME (ASSIGN defaultValue=test)? ;

suite
    : simpleStatements                    # inlineSuite
    | NEWLINE INDENT statement+ DEDENT    # blockSuite
    ;

testList : test (COMMA test)* trailingComma=COMMA? ;

test
    : body=orTest IF condition=orTest ELSE otherwise=test   # conditionalTest
    | orTest                                                # plainTest
    ;

orTest  : andTest (OR andTest)* ;
andTest : notTest (AND notTest)* ;

notTest
    : NOT notTest      # negation
    | comparison       # comparisonTest
    ;

comparison : expr (compOp expr)* ;

compOp : LT | GT | EQ | GE | LE | NE | IN | NOT IN | IS | IS NOT ;

expr
    : atom                                                          # atomExpr
    | function=expr LPAREN arguments? RPAREN                        # call
    | container=expr LBRACKET subscript RBRACKET                    # subscription
    | owner=expr DOT attribute=NAME                                 # attributeRef
    | <assoc=right> left=expr POWER right=expr                      # power
    | op=(PLUS | MINUS) operand=expr                                # unary
    | left=expr op=(STAR | SLASH | DOUBLE_SLASH | PERCENT) right=expr  # multiplicative
    | left=expr op=(PLUS | MINUS) right=expr                        # additive
    ;

subscript
    : test                                   # index
    | lower=test? COLON upper=test?          # slice
    ;

dictEntries : dictEntry (COMMA dictEntry)* COMMA? ;
dictEntry   : key=test COLON value=test ;

arguments : argument (COMMA argument)* COMMA? ;
argument  : (keyword=NAME ASSIGN)? test ;

atom
    : LPAREN testList? RPAREN                                      # parenthesized
    | LBRACKET testList? RBRACKET                                  # listDisplay
    | LBRACE dictEntries? RBRACE                                   # dictDisplay
    | LBRACE testList RBRACE                                       # setDisplay
    | NAME                                                         # name
    | number=(DEC_INTEGER | HEX_INTEGER | OCT_INTEGER | FLOAT)     # numberLiteral
    | STRING+                                                      # stringLiterals
    | value=(TRUE | FALSE | NONE)                                  # constant
    ;
