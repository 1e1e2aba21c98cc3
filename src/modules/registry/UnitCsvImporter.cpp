#include "modules/registry/UnitCsvImporter.h"

#include "core/PhoneNumber.h"
#include "modules/registry/CsvTable.h"
#include "modules/registry/RegistryTerms.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

enum class Column { Building, Entrance, Room, Type, Area, Owner, Phone, Tenant, TenantPhone, Butler, Count };

const QList<CsvColumn>& columnSpecs()
{
    const auto column = [](Column c, bool required, QStringList names) {
        return CsvColumn{int(c), required, std::move(names)};
    };
    static const QList<CsvColumn> specs{
        column(Column::Building, true, {u"楼栋"_s, u"building"_s, u"楼栋号"_s, u"楼号"_s, u"栋"_s, u"栋号"_s}),
        column(Column::Entrance, true, {u"单元"_s, u"unit"_s, u"单元号"_s, u"entrance"_s}),
        column(Column::Room, true, {u"房号"_s, u"room"_s, u"房间号"_s, u"房间"_s, u"门牌号"_s}),
        column(Column::Type, true, {u"类型"_s, u"type"_s, u"房屋类型"_s, u"物业类型"_s}),
        column(Column::Area, true, {u"面积"_s, u"area"_s, u"建筑面积"_s}),
        column(Column::Owner, true, {u"业主"_s, u"owner"_s, u"业主姓名"_s}),
        column(Column::Phone, true, {u"电话"_s, u"phone"_s, u"业主电话"_s, u"联系电话"_s, u"手机"_s}),
        column(Column::Tenant, false, {u"住户"_s, u"tenant"_s, u"租户"_s, u"住户姓名"_s}),
        column(Column::TenantPhone, false, {u"住户电话"_s, u"tenantphone"_s, u"租户电话"_s}),
        column(Column::Butler, false, {u"管家"_s, u"butler"_s, u"私人管家"_s}),
    };
    return specs;
}

QString foldWidth(const QString& text)
{
    return CsvTable::foldWidth(text);
}

QString stripSuffix(QString value, const QStringList& suffixes)
{
    for (const QString& s : suffixes)
        if (value.size() > s.size() && value.endsWith(s))
            return value.chopped(s.size());
    return value;
}

} // namespace

Result<qint64> UnitCsvImporter::parseArea(const QString& text)
{
    static const QRegularExpression unitSuffix(u"\\s*(㎡|m²|m2|平方米|平米)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QString t = foldWidth(text);
    t.remove(unitSuffix);
    static const QRegularExpression shape(u"^([0-9]+)(?:\\.([0-9]{1,2}))?$"_s);
    const auto m = shape.match(t);
    if (t.isEmpty() || !m.hasMatch())
        return Error{
            u"import.area"_s,
            tr("\"%1\" is not an area: write square metres with at most 2 decimals, e.g. 89.5.").arg(text.trimmed())};
    QString whole = m.captured(1);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    // Integer arithmetic only. More than 6 whole digits is out of range anyway (and stays far from overflow).
    qint64 centi = -1;
    if (whole.size() <= 6) {
        centi = 0;
        for (QChar c : whole)
            centi = centi * 10 + (c.unicode() - u'0');
        centi = centi * 100 + m.captured(2).leftJustified(2, u'0').toInt();
    }
    if (centi <= 0 || centi >= 100000 * 100)
        return Error{u"import.area"_s,
                     tr("The area must be more than 0 and less than 100000 m² (found %1).").arg(text.trimmed())};
    return centi;
}

std::optional<UnitType> UnitCsvImporter::parseType(const QString& text)
{
    const QString t = foldWidth(text).toLower();
    if (t == u"residential"_s || t == u"住宅"_s || t == u"住房"_s)
        return UnitType::Residential;
    if (t == u"shop"_s || t == u"商铺"_s || t == u"商业"_s || t == u"商铺/商业"_s)
        return UnitType::Shop;
    if (t == u"office"_s || t == u"写字间"_s || t == u"办公"_s || t == u"写字楼"_s || t == u"办公室"_s)
        return UnitType::Office;
    return std::nullopt;
}

QStringList UnitCsvImporter::splitPhones(const QString& cell)
{
    static const QRegularExpression separators(u"[/;,、]"_s);
    QStringList out;
    for (const QString& part : foldWidth(cell).split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString UnitCsvImporter::compactOf(const QString& code)
{
    QString out;
    for (QChar c : code)
        if (c >= u'0' && c <= u'9')
            out.append(c);
    return out;
}

QString UnitCsvImporter::typeKey(UnitType type)
{
    return RegistryTerms::unitTypes.key(type);
}

UnitType UnitCsvImporter::typeFromKey(const QString& key)
{
    return RegistryTerms::unitTypes.from(key).value_or(UnitType::Residential);
}

QString UnitCsvImporter::relationKey(ResidentRelation relation)
{
    return RegistryTerms::relations.key(RegistryTerms::relations.known(relation, ResidentRelation::Owner));
}

QString UnitCsvImporter::buildingName(const QString& code)
{
    for (QChar c : code)
        if (c.unicode() >= 0x2E80)
            return code;
    return code + u"栋"_s;
}

UnitCsvImporter::Parsed UnitCsvImporter::parse(const QByteArray& bytes)
{
    Parsed out;
    const CsvTable table = CsvTable::read(bytes, columnSpecs());
    out.encoding = table.encoding;
    out.rowsRead = table.rowsRead;
    out.problems = table.problems;
    if (table.rows.isEmpty() && !out.problems.isEmpty())
        return out;

    const QString required = tr("This column is required, but the cell is empty.");
    QHash<QString, int> rowOfCode;
    for (const int r : table.rows) {
        const auto cell = [&](Column c) { return table.cell(r, int(c)); };
        const int problemsBefore = int(out.problems.size());
        // Column::Count stands for "the row as a whole" (no column to name).
        const auto problem = [&](Column c, const QString& message) {
            out.problems.append({r, c == Column::Count ? QString() : table.header(int(c)), message});
        };

        Row row;
        row.row = r;
        row.building = stripSuffix(foldWidth(cell(Column::Building)), {u"号楼"_s, u"栋"_s, u"幢"_s});
        row.entrance = stripSuffix(foldWidth(cell(Column::Entrance)), {u"单元"_s});
        row.room = stripSuffix(foldWidth(cell(Column::Room)), {u"室"_s, u"号"_s});
        bool codeOk = true;
        for (const auto& [column, value] :
             {std::pair{Column::Building, row.building}, std::pair{Column::Entrance, row.entrance},
              std::pair{Column::Room, row.room}}) {
            if (value.isEmpty())
                problem(column, required);
            else if (value.contains(u'-') || value.contains(u' '))
                problem(column, tr("\"%1\" must not contain a dash or a space: the unit code joins building, unit "
                                   "and room with dashes (3-1-502).")
                                    .arg(value));
            else
                continue;
            codeOk = false;
        }
        if (codeOk) {
            row.code = row.building + u'-' + row.entrance + u'-' + row.room;
            row.compact = compactOf(row.code);
            if (const int first = rowOfCode.value(row.code, 0); first > 0)
                problem(
                    Column::Count,
                    tr("Unit %1 is already on row %2; each unit may appear only once.").arg(row.code).arg(first + 1));
            else
                rowOfCode.insert(row.code, r);
        }

        if (const QString t = cell(Column::Type); t.isEmpty())
            problem(Column::Type, required);
        else if (const auto type = parseType(t))
            row.type = *type;
        else
            problem(Column::Type,
                    tr("Unknown type \"%1\": write 住宅, 商铺 or 写字间 (residential, shop, office).").arg(t));

        if (const QString a = cell(Column::Area); a.isEmpty())
            problem(Column::Area, required);
        else if (auto area = parseArea(a))
            row.areaCenti = area.value();
        else
            problem(Column::Area, area.error().message);

        // Several numbers may share a cell; each must be a phone number, and repeats count once.
        const auto phones = [&](Column c) {
            QStringList numbers;
            for (const QString& raw : splitPhones(cell(c))) {
                if (!PhoneNumber::isValid(raw))
                    problem(c, tr("\"%1\" is not a phone number: a mobile has 11 digits starting with 1, a landline "
                                  "7 or 8 digits with an optional area code.")
                                   .arg(raw));
                else if (const QString n = PhoneNumber::normalize(raw); !numbers.contains(n))
                    numbers << n;
            }
            return numbers;
        };
        const QString owner = cell(Column::Owner).simplified();
        if (owner.isEmpty())
            problem(Column::Owner, required);
        if (splitPhones(cell(Column::Phone)).isEmpty()) // empty, or only separators
            problem(Column::Phone, required);
        row.people.append({owner, ResidentRelation::Owner, phones(Column::Phone)});

        const QString tenant = cell(Column::Tenant).simplified();
        const QStringList tenantPhones = phones(Column::TenantPhone);
        if (!tenant.isEmpty())
            row.people.append({tenant, ResidentRelation::Tenant, tenantPhones});
        else if (!cell(Column::TenantPhone).isEmpty())
            problem(Column::TenantPhone, !table.has(int(Column::Tenant))
                                             ? tr("A tenant phone is given, but the file has no tenant column.")
                                             : tr("A tenant phone is given, but no tenant name."));
        row.butler = cell(Column::Butler).simplified();

        if (out.problems.size() == problemsBefore)
            out.rows.append(row);
    }
    if (out.rowsRead == 0 && out.problems.isEmpty())
        out.problems.append({0, {}, tr("The file has a header row but no units below it.")});
    // In the file's order, a row's own problems in the order they were found.
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
    return out;
}

} // namespace fd
