package looplab.engine.js.esm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import looplab.engine.js.esm.ModuleLexer.Kind;
import looplab.engine.js.esm.ModuleLexer.Token;

/**
 * Finds what makes a source an ES module — {@code import} and {@code export} declarations,
 * {@code import.meta}, top-level {@code await} — and takes the declarations out, leaving a body
 * that is a plain script on the same lines: an {@code import} declaration becomes blank (a
 * {@code ;} where it started, so the statements around it stay apart), {@code export} in front
 * of a declaration goes, {@code export default EXPR} becomes {@code const $default$ = EXPR}.
 * What was declared goes into the module's {@link Shape}. {@code import(x)} becomes a call of
 * {@value #DYNAMIC_IMPORT} and {@code import.meta} the name {@value #META}, in any script.
 */
public final class ModuleScan {
    /** The function {@code import(x)} becomes: a global of the runtime, which finds its caller. */
    public static final String DYNAMIC_IMPORT = "$looplab$import";
    /** What {@code import.meta} becomes: a parameter of the ES module wrapper. */
    public static final String META = "$meta$";
    /** The local binding of {@code export default EXPR} (V8 calls it {@code *default*}). */
    public static final String DEFAULT_LOCAL = "$default$";

    private static final Set<String> BLOCK_HEADS = Set.of("if", "for", "while", "catch", "switch", "with");
    /** Top-level lexical declarations of these collide with CommonJS's wrapper: Node then tries ESM. */
    private static final Set<String> COMMONJS_NAMES = Set.of("require", "module", "exports", "__filename", "__dirname");

    /** {@code import ... from 'specifier'}: {@code imported} is a name, {@code default} or {@code *}. */
    public record ImportEntry(String specifier, String imported, String local, int line, int column) {}

    /**
     * An export: a local binding ({@code specifier} null) or a re-export of another module's
     * {@code imported} (a name or {@code *}).
     */
    public record ExportEntry(String exported, String local, String specifier, String imported, int line, int column) {}

    /**
     * What a module declares. {@code requests}: the specifiers it imports from, first
     * occurrence order (the order its dependencies are evaluated in); {@code jsonRequests}: those
     * imported {@code with { type: 'json' }}.
     */
    public record Shape(List<String> requests, Set<String> jsonRequests, List<ImportEntry> imports,
                        List<ExportEntry> exports, List<String> starExports, boolean topLevelAwait,
                        boolean usesMeta) {
        public Set<String> importedNames() {
            Set<String> names = new LinkedHashSet<>();
            for (ImportEntry e : imports) {
                if (e.local() != null) {
                    names.add(e.local());
                }
            }
            return names;
        }
    }

    /** The body without its declarations, and what they declared. */
    public record Result(String body, Shape shape) {}

    /** A malformed declaration, at a 1-based line and 0-based column of the source. */
    public static final class Malformed extends RuntimeException {
        public final int line;
        public final int column;

        Malformed(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private final String code;
    private final List<Token> tokens;
    private final List<Edit> edits = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final Set<String> json = new LinkedHashSet<>();
    private final List<ImportEntry> imports = new ArrayList<>();
    private final List<ExportEntry> exports = new ArrayList<>();
    private final List<String> stars = new ArrayList<>();
    private boolean declarations;
    private boolean meta;
    private int[] lineStarts;

    private record Edit(int start, int end, String text) {}

    /** One import declaration: where it is, what it imports ({imported, local} pairs). */
    private record ImportDeclaration(int start, int end, String specifier, List<String[]> bindings) {}

    private final List<ImportDeclaration> importDeclarations = new ArrayList<>();

    private ModuleScan(String code) {
        this.code = code;
        this.tokens = ModuleLexer.tokens(code);
    }

    /** The module's body and shape; a {@link Malformed} for a declaration that does not parse. */
    public static Result scan(String code) {
        ModuleScan s = new ModuleScan(code);
        s.run(true);
        boolean tla = s.awaitOutsideFunctions();
        return new Result(s.apply(), new Shape(List.copyOf(s.requests), Set.copyOf(s.json), List.copyOf(s.imports),
                List.copyOf(s.exports), List.copyOf(s.stars), tla, s.meta));
    }

    /**
     * Would Node 20 run this source as an ES module rather than CommonJS? Node compiles it as
     * CommonJS first and retries as a module when that fails on module syntax: an
     * {@code import}/{@code export} declaration, {@code import.meta}, top-level {@code await},
     * or a top-level {@code let}/{@code const}/{@code class} named like a wrapper parameter.
     */
    public static boolean hasModuleSyntax(String code) {
        if (!mentionsModuleSyntax(code)) {
            return false;
        }
        ModuleScan s = new ModuleScan(code);
        try {
            s.run(false);
        } catch (Malformed e) {
            return true;
        }
        return s.declarations || s.meta || s.awaitOutsideFunctions() || s.declaresCommonJsName();
    }

    /**
     * What V8 says when this source, compiled as CommonJS, fails on module syntax ("Cannot use
     * import statement outside a module", at the first such place), or null if it does not.
     */
    public static Malformed commonJsError(String code) {
        if (!mentionsModuleSyntax(code)) {
            return null;
        }
        ModuleScan s = new ModuleScan(code);
        int awaitAt = s.firstAwaitOutsideFunctions();
        for (int i = 0; i < s.tokens.size() && (awaitAt < 0 || i < awaitAt); i++) {
            Token t = s.tokens.get(i);
            if (!t.isWord() || s.afterDot(i)) {
                continue;
            }
            if (t.is("import") && s.at(i + 1).is(".") && s.at(i + 2).is("meta")) {
                return s.malformed("Cannot use 'import.meta' outside a module", s.at(i + 2));
            }
            if (t.is("import") && t.depth() == 0 && !s.at(i + 1).is("(") && !s.at(i + 1).is(".")) {
                return s.malformed("Cannot use import statement outside a module", t);
            }
            if (t.is("export") && t.depth() == 0) {
                return s.malformed("Unexpected token 'export'", t);
            }
        }
        return awaitAt < 0 ? null : s.malformed(
                "await is only valid in async functions and the top level bodies of modules", s.tokens.get(awaitAt));
    }

    /**
     * REPL input with its import declarations as awaited {@code import()} calls, one simple
     * {@code const} per binding (so that the REPL keeps them): {@code import fs, { readFile as
     * rf } from 'fs'} becomes {@code const fs = (await import('fs')).default; const rf = ...}.
     * Node's REPL refuses static imports; snippets pasted from modules use them. The same
     * string when there are none (or the input does not scan).
     */
    public static String importsAsAwaits(String code) {
        if (!contains(code, "import")) {
            return code;
        }
        ModuleScan s = new ModuleScan(code);
        try {
            s.run(false);
        } catch (Malformed m) {
            return code;
        }
        if (s.importDeclarations.isEmpty()) {
            return code;
        }
        s.edits.clear();
        for (ImportDeclaration d : s.importDeclarations) {
            String from = "(await " + DYNAMIC_IMPORT + "(" + quote(d.specifier()) + "))";
            StringBuilder text = new StringBuilder(";");
            if (d.bindings().isEmpty()) {
                text.append(from).append(';');
            }
            for (String[] b : d.bindings()) {
                text.append("const ").append(b[1]).append(" = ").append(from)
                    .append(b[0].equals("*") ? "" : "[" + quote(b[0]) + "]").append(';');
            }
            s.edits.add(new Edit(d.start(), d.end(), text.toString()));
        }
        return s.apply();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    /** A cheap first look (every CommonJS file takes it): could the source contain module syntax? */
    static boolean mentionsModuleSyntax(String code) {
        if (contains(code, "import") || contains(code, "export") || contains(code, "await")) {
            return true;
        }
        for (String name : COMMONJS_NAMES) {
            if (declared(code, name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code let NAME}, {@code const NAME} or {@code class NAME}, as whole words, in the text. */
    private static boolean declared(String code, String name) {
        for (int i = code.indexOf(name); i > 0; i = code.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                continue;
            }
            int k = i;
            while (k > 0 && Character.isWhitespace(code.charAt(k - 1))) {
                k--;
            }
            for (String keyword : new String[] {"let", "const", "class"}) {
                int s = k - keyword.length();
                if (k < i && s >= 0 && code.startsWith(keyword, s)
                        && (s == 0 || !Character.isJavaIdentifierPart(code.charAt(s - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code word} as a whole word somewhere in the text ({@code exports} is not {@code export}). */
    private static boolean contains(String code, String word) {
        for (int i = code.indexOf(word); i >= 0; i = code.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean before = i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1));
            boolean after = end >= code.length() || !Character.isJavaIdentifierPart(code.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /**
     * A script's {@code import(x)} calls (CommonJS may use them too) as calls of
     * {@value #DYNAMIC_IMPORT}; the same string when there are none.
     */
    public static String rewriteDynamicImports(String code) {
        if (!contains(code, "import")) {
            return code;
        }
        ModuleScan s = new ModuleScan(code);
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.tokens.get(i).is("import") && !s.afterDot(i) && s.at(i + 1).is("(")) {
                Token t = s.tokens.get(i);
                s.edits.add(new Edit(t.start(), t.end(), DYNAMIC_IMPORT));
            }
        }
        return s.edits.isEmpty() ? code : s.apply();
    }

    // ---------------------------------------------------------------- the walk

    private void run(boolean rewrite) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || afterDot(i)) {
                continue;
            }
            if (t.text().equals("import")) {
                Token next = at(i + 1);
                if (next.is("(")) {
                    edits.add(new Edit(t.start(), t.end(), DYNAMIC_IMPORT));
                } else if (next.is(".")) {
                    Token m = at(i + 2);
                    if (!m.is("meta")) {
                        throw malformed("The only valid meta property for import is 'import.meta'", m);
                    }
                    meta = true;
                    edits.add(new Edit(t.start(), m.end(), META));
                    i += 2;
                } else if (t.depth() == 0) {
                    declarations = true;
                    i = importDeclaration(i);
                }
            } else if (t.text().equals("export") && t.depth() == 0) {
                declarations = true;
                i = exportDeclaration(i);
            }
        }
    }

    private boolean afterDot(int i) {
        return i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is("?."));
    }

    private Token at(int i) {
        if (i < tokens.size()) {
            return tokens.get(i);
        }
        return new Token(Kind.PUNCT, "", code.length(), code.length(), 0, true, null);
    }

    // import 'x'; import d, { a as b } from 'x'; import * as ns from 'x'; ... with { type: 'json' }
    private int importDeclaration(int i) {
        Token keyword = tokens.get(i);
        int j = i + 1;
        List<String[]> bindings = new ArrayList<>();   // {imported, local, token index}
        List<Token> where = new ArrayList<>();
        if (at(j).kind() != Kind.STRING) {
            if (at(j).isWord()) {
                bindings.add(new String[] {"default", at(j).text()});
                where.add(at(j));
                j++;
                if (at(j).is(",")) {
                    j++;
                } else if (!at(j).is("from")) {
                    throw unexpected(at(j));
                }
            }
            if (at(j).is("*")) {
                expectWord(j + 1, "as");
                Token local = identifier(j + 2);
                bindings.add(new String[] {"*", local.text()});
                where.add(local);
                j += 3;
            } else if (at(j).is("{")) {
                j = specifiers(j, bindings, where, true);
            }
            expectWord(j, "from");
            j++;
        }
        Token spec = at(j);
        if (spec.kind() != Kind.STRING) {
            throw unexpected(spec);
        }
        j = attributes(j, spec.value());
        request(spec.value());
        for (int k = 0; k < bindings.size(); k++) {
            String[] b = bindings.get(k);
            Token w = where.get(k);
            for (ImportEntry e : imports) {
                if (b[1].equals(e.local())) {
                    throw malformed("Identifier '" + b[1] + "' has already been declared", w);
                }
            }
            imports.add(new ImportEntry(spec.value(), b[0], b[1], line(w.start()), column(w.start())));
        }
        if (bindings.isEmpty()) {
            imports.add(new ImportEntry(spec.value(), null, null, line(keyword.start()), column(keyword.start())));
        }
        int last = remove(i, j);
        importDeclarations.add(new ImportDeclaration(keyword.start(), at(last).end(), spec.value(), bindings));
        return last;
    }

    // { a, b as c, default as d, "x y" as e }: for imports the local is a name; for exports both may be strings.
    private int specifiers(int j, List<String[]> out, List<Token> where, boolean importing) {
        j++;
        while (!at(j).is("}")) {
            Token name = at(j);
            if (!(name.isWord() || name.kind() == Kind.STRING)) {
                throw unexpected(name);
            }
            String imported = name.kind() == Kind.STRING ? name.value() : name.text();
            Token local = name;
            j++;
            if (at(j).is("as")) {
                local = at(j + 1);
                if (importing ? !local.isWord() : !(local.isWord() || local.kind() == Kind.STRING)) {
                    throw unexpected(local);
                }
                j += 2;
            } else if (importing && name.kind() == Kind.STRING) {
                throw unexpected(at(j));
            }
            out.add(new String[] {imported, local.kind() == Kind.STRING ? local.value() : local.text()});
            where.add(importing ? local : name);
            if (at(j).is(",")) {
                j++;
            } else if (!at(j).is("}")) {
                throw unexpected(at(j));
            }
        }
        return j + 1;
    }

    /** After the specifier at {@code j}: an optional {@code with { type: 'json' }}; returns the last token's index. */
    private int attributes(int j, String specifier) {
        Token w = at(j + 1);
        if ((w.is("with") || w.is("assert") && !w.newlineBefore()) && at(j + 2).is("{")) {
            int k = j + 3;
            while (!at(k).is("}") && k < tokens.size()) {
                if ((at(k).is("type") || at(k).kind() == Kind.STRING && "type".equals(at(k).value()))
                        && at(k + 1).is(":") && at(k + 2).kind() == Kind.STRING && "json".equals(at(k + 2).value())) {
                    json.add(specifier);
                }
                k++;
            }
            return k;
        }
        return j;
    }

    private int exportDeclaration(int i) {
        Token keyword = tokens.get(i);
        int j = i + 1;
        Token t = at(j);
        if (t.is("*")) {
            String as = null;
            Token asToken = t;
            j++;
            if (at(j).is("as")) {
                asToken = at(j + 1);
                as = asToken.kind() == Kind.STRING ? asToken.value() : identifier(j + 1).text();
                j += 2;
            }
            expectWord(j, "from");
            Token spec = at(j + 1);
            if (spec.kind() != Kind.STRING) {
                throw unexpected(spec);
            }
            j = attributes(j + 1, spec.value());
            request(spec.value());
            if (as == null) {
                stars.add(spec.value());
            } else {
                export(new ExportEntry(as, null, spec.value(), "*", line(asToken.start()), column(asToken.start())), asToken);
            }
            return remove(i, j);
        }
        if (t.is("{")) {
            List<String[]> names = new ArrayList<>();
            List<Token> where = new ArrayList<>();
            j = specifiers(j, names, where, false);
            String from = null;
            if (at(j).is("from")) {
                Token spec = at(j + 1);
                if (spec.kind() != Kind.STRING) {
                    throw unexpected(spec);
                }
                from = spec.value();
                j = attributes(j + 1, from) + 1;
                request(from);
            }
            for (int k = 0; k < names.size(); k++) {
                String[] n = names.get(k);
                Token w = where.get(k);
                export(from == null
                        ? new ExportEntry(n[1], n[0], null, null, line(w.start()), column(w.start()))
                        : new ExportEntry(n[1], null, from, n[0], line(w.start()), column(w.start())), w);
            }
            return remove(i, j - 1);
        }
        if (t.is("default")) {
            return exportDefault(i, j + 1);
        }
        if (t.is("var") || t.is("let") || t.is("const")) {
            List<Token> names = new ArrayList<>();
            declarators(j + 1, names);
            for (Token n : names) {
                export(new ExportEntry(n.text(), n.text(), null, null, line(n.start()), column(n.start())), n);
            }
            blank(keyword);
            return i;   // the initializers may still hold import() or import.meta
        }
        Token name = declarationName(j);
        if (name == null) {
            throw unexpected(t);
        }
        export(new ExportEntry(name.text(), name.text(), null, null, line(name.start()), column(name.start())), name);
        blank(keyword);
        return i;
    }

    /** The name of {@code function f}, {@code async function* f}, {@code class C} at {@code j}; null if none. */
    private Token declarationName(int j) {
        if (at(j).is("async") && at(j + 1).is("function") && !at(j + 1).newlineBefore()) {
            j++;
        }
        if (at(j).is("function")) {
            int k = at(j + 1).is("*") ? j + 2 : j + 1;
            return at(k).isWord() ? at(k) : null;
        }
        if (at(j).is("class")) {
            Token n = at(j + 1);
            return n.isWord() && !n.is("extends") ? n : null;
        }
        return null;
    }

    private int exportDefault(int i, int j) {
        Token keyword = tokens.get(i);
        Token t = at(j);
        boolean asyncFn = t.is("async") && at(j + 1).is("function") && !at(j + 1).newlineBefore();
        if (t.is("function") || asyncFn || t.is("class")) {
            Token name = declarationName(j);
            Token defaultWord = at(i + 1);
            if (name != null) {
                export(new ExportEntry("default", name.text(), null, null, line(defaultWord.start()),
                        column(defaultWord.start())), defaultWord);
                edits.add(new Edit(keyword.start(), t.start(), ""));
                return i + 1;
            }
            // An anonymous declaration gets a name to be hoisted under (and is called 'default').
            int fn = asyncFn ? j + 1 : j;
            Token before = at(fn + 1).is("*") ? at(fn + 1) : at(fn);
            export(new ExportEntry("default", DEFAULT_LOCAL, null, null, line(defaultWord.start()),
                    column(defaultWord.start())), defaultWord);
            edits.add(new Edit(keyword.start(), t.start(), ""));
            edits.add(new Edit(before.end(), before.end(), " " + DEFAULT_LOCAL));
            return i + 1;
        }
        Token defaultWord = at(i + 1);
        export(new ExportEntry("default", DEFAULT_LOCAL, null, null, line(defaultWord.start()),
                column(defaultWord.start())), defaultWord);
        edits.add(new Edit(keyword.start(), t.start(), ";const " + DEFAULT_LOCAL + " = "));
        return i + 1;
    }

    /** The names a {@code var}/{@code let}/{@code const} declaration starting at {@code j} binds; returns its last index. */
    private int declarators(int j, List<Token> names) {
        while (true) {
            j = target(j, names);
            if (at(j).is("=")) {
                j = skipInitializer(j + 1);
            }
            if (at(j).is(",") && at(j).depth() == 0) {
                j++;
                continue;
            }
            return j - 1;
        }
    }

    /** A binding: a name, or an object or array pattern; returns the index after it. */
    private int target(int j, List<Token> names) {
        Token t = at(j);
        if (t.is("{") || t.is("[")) {
            return pattern(j, names);
        }
        if (!t.isWord()) {
            throw unexpected(t);
        }
        names.add(t);
        return j + 1;
    }

    private int pattern(int j, List<Token> names) {
        boolean object = at(j).is("{");
        int depth = at(j).depth();
        String close = object ? "}" : "]";
        j++;
        while (j < tokens.size() && !(at(j).is(close) && at(j).depth() == depth)) {
            Token t = at(j);
            if (t.is(",") || t.is("...")) {
                j++;
                continue;
            }
            if (object) {
                if (t.is("[")) {
                    j = skipBracket(j);
                    j = target(j + 1, names);   // [computed]: target
                } else if (at(j + 1).is(":")) {
                    j = target(j + 2, names);
                } else {
                    j = target(j, names);
                }
            } else {
                j = target(j, names);
            }
            if (at(j).is("=")) {
                j++;
                while (j < tokens.size() && !((at(j).is(",") && at(j).depth() == depth + 1)
                        || (at(j).is(close) && at(j).depth() == depth))) {
                    j++;
                }
            }
        }
        return j + 1;
    }

    /** The index of the bracket closing the one at {@code j}. */
    private int skipBracket(int j) {
        int depth = at(j).depth();
        String close = switch (at(j).text()) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
        j++;
        while (j < tokens.size() && !(at(j).is(close) && at(j).depth() == depth)) {
            j++;
        }
        return j;
    }

    /** Skips an initializer at depth 0 to the {@code ,} or {@code ;} after it, or to where ASI ends it. */
    private int skipInitializer(int j) {
        int first = j;
        while (j < tokens.size()) {
            Token t = at(j);
            if (t.depth() == 0 && (t.is(",") || t.is(";"))) {
                return j;
            }
            if (t.depth() == 0 && j > first && t.newlineBefore() && endsStatement(at(j - 1), t)) {
                return j;
            }
            j++;
        }
        return j;
    }

    /** Does a line break between {@code prev} and {@code next} end the statement (ASI)? */
    private static boolean endsStatement(Token prev, Token next) {
        boolean prevEnds = switch (prev.kind()) {
            case STRING, TEMPLATE, REGEX, NUMBER -> true;
            case WORD -> !Set.of("new", "typeof", "void", "delete", "in", "instanceof", "of", "await", "yield",
                    "return", "throw").contains(prev.text());
            case PUNCT -> prev.is(")") || prev.is("]") || prev.is("}") || prev.is("++") || prev.is("--");
        };
        if (!prevEnds) {
            return false;
        }
        if (next.isWord()) {
            return !next.is("in") && !next.is("instanceof");
        }
        if (next.kind() != Kind.PUNCT) {
            return next.kind() != Kind.TEMPLATE;
        }
        return next.is("{") || next.is("}") || next.is("!") || next.is("~") || next.is("++") || next.is("--")
                || next.is(";");
    }

    private void export(ExportEntry e, Token where) {
        for (ExportEntry other : exports) {
            if (other.exported().equals(e.exported())) {
                throw malformed("Duplicate export of '" + e.exported() + "'", where);
            }
        }
        exports.add(e);
    }

    private void request(String specifier) {
        if (!requests.contains(specifier)) {
            requests.add(specifier);
        }
    }

    private void expectWord(int j, String word) {
        if (!at(j).is(word)) {
            throw unexpected(at(j));
        }
    }

    private Token identifier(int j) {
        if (!at(j).isWord()) {
            throw unexpected(at(j));
        }
        return at(j);
    }

    /** Takes tokens {@code i..last} (and a {@code ;} after them) out; returns the index to go on from. */
    private int remove(int i, int last) {
        int end = at(last).end();
        if (at(last + 1).is(";") && !at(last).is(";")) {
            last++;
            end = at(last).end();
        }
        edits.add(new Edit(tokens.get(i).start(), end, ";"));
        return last;
    }

    private void blank(Token t) {
        edits.add(new Edit(t.start(), t.end(), ""));
    }

    // ---------------------------------------------------------------- top-level await

    /** Is there an {@code await} outside every function body (braced, or an arrow's expression)? */
    private boolean awaitOutsideFunctions() {
        return firstAwaitOutsideFunctions() >= 0;
    }

    /** The index of the first such {@code await}, or -1. */
    private int firstAwaitOutsideFunctions() {
        Deque<Boolean> brackets = new ArrayDeque<>();
        Deque<Integer> concise = new ArrayDeque<>();   // depths of open arrow expression bodies
        int functions = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (!concise.isEmpty() && endsConciseBody(i, concise.peek())) {
                concise.pop();
            }
            if (t.is("await") && !afterDot(i) && functions == 0 && concise.isEmpty()) {
                return i;
            }
            if (t.is("=>") && !at(i + 1).is("{")) {
                concise.push(t.depth());
            } else if (t.is("{")) {
                boolean fn = isFunctionBody(i);
                brackets.push(fn);
                functions += fn ? 1 : 0;
            } else if (t.is("(") || t.is("[")) {
                brackets.push(false);
            } else if ((t.is("}") || t.is(")") || t.is("]")) && !brackets.isEmpty()) {
                functions -= brackets.pop() ? 1 : 0;
            }
        }
        return -1;
    }

    private boolean endsConciseBody(int i, int depth) {
        Token t = tokens.get(i);
        if (t.depth() < depth) {
            return true;
        }
        if (t.depth() == depth && (t.is(",") || t.is(";") || t.is(")") || t.is("]") || t.is("}"))) {
            return true;
        }
        return t.depth() == depth && t.newlineBefore() && !tokens.get(i - 1).is("=>")
                && endsStatement(tokens.get(i - 1), t);
    }

    private boolean isFunctionBody(int brace) {
        if (brace == 0) {
            return false;
        }
        Token prev = tokens.get(brace - 1);
        if (prev.is("=>")) {
            return true;
        }
        if (!prev.is(")")) {
            return false;
        }
        for (int j = brace - 2; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.is("(") && t.depth() == prev.depth()) {
                return j == 0 || !BLOCK_HEADS.contains(tokens.get(j - 1).text());
            }
        }
        return false;
    }

    private boolean declaresCommonJsName() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth() == 0 && (t.is("let") || t.is("const") || t.is("class")) && !afterDot(i)
                    && COMMONJS_NAMES.contains(tokens.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- output

    /** The edits applied; every line break inside replaced text is kept, after the replacement. */
    private String apply() {
        edits.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
        StringBuilder out = new StringBuilder(code.length() + 64);
        int at = 0;
        for (Edit e : edits) {
            if (e.start < at) {
                continue;
            }
            out.append(code, at, e.start).append(e.text);
            for (int k = e.start; k < e.end; k++) {
                if (code.charAt(k) == '\n') {
                    out.append('\n');
                }
            }
            at = e.end;
        }
        return out.append(code, at, code.length()).toString();
    }

    private Malformed unexpected(Token t) {
        if (t.text().isEmpty()) {
            return malformed("Unexpected end of input", t);
        }
        String shown = t.kind() == Kind.STRING ? "string" : t.kind() == Kind.NUMBER ? "number"
                : t.isWord() ? (isReserved(t.text()) ? "token '" + t.text() + "'" : "identifier '" + t.text() + "'")
                : "token '" + t.text() + "'";
        return malformed("Unexpected " + shown, t);
    }

    private static boolean isReserved(String word) {
        return Set.of("import", "export", "default", "function", "class", "var", "let", "const", "from", "as",
                "return", "if", "for", "while", "new", "this", "null", "true", "false").contains(word)
                && !word.equals("from") && !word.equals("as");
    }

    private Malformed malformed(String message, Token t) {
        return new Malformed(message, line(t.start()), column(t.start()));
    }

    private int line(int offset) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int k = 0; k < code.length(); k++) {
                if (code.charAt(k) == '\n') {
                    starts.add(k + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private int column(int offset) {
        return offset - lineStarts[line(offset) - 1];
    }
}
