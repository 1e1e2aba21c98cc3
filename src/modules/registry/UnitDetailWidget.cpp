#include "modules/registry/UnitDetailWidget.h"

#include "engine/UnitFacts.h"

#include "modules/registry/RegistryDisplay.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/ResidentDialog.h"
#include "modules/registry/ResidentTableModel.h"
#include "widgets/ReloadAndApply.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {
QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

UnitDetailWidget::UnitDetailWidget(RegistryService& registry, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_clock(clock), m_residents(new ResidentTableModel(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(u"unitDetail"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(u"unitDetailEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 4, 4);
    m_code = valueLabel(u"unitCodeLabel"_s, page);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_code->setFont(big);
    layout->addWidget(m_code);

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    m_type = valueLabel(u"unitTypeLabel"_s, page);
    m_area = valueLabel(u"unitAreaLabel"_s, page);
    m_zone = valueLabel(u"unitZoneLabel"_s, page);
    facts->addRow(tr("Type"), m_type);
    facts->addRow(tr("Area"), m_area);
    facts->addRow(tr("Zone / butler"), m_zone);
    m_standing = valueLabel(u"unitStandingLabel"_s, page);
    m_standing->setWordWrap(true);
    m_standing->setStyleSheet(u"color: #b71c1c"_s);
    facts->addRow(QString(), m_standing);
    m_standing->hide();
    layout->addLayout(facts);

    auto* residentsCaption = new QLabel(tr("Residents"), page);
    QFont bold = residentsCaption->font();
    bold.setBold(true);
    residentsCaption->setFont(bold);
    layout->addWidget(residentsCaption);
    m_residentTable = new QTableView(page);
    m_residentTable->setObjectName(u"residentTable"_s);
    m_residentTable->setModel(m_residents);
    m_residentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_residentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_residentTable->verticalHeader()->hide();
    m_residentTable->verticalHeader()->setDefaultSectionSize(m_residentTable->fontMetrics().height() + 10);
    m_residentTable->horizontalHeader()->setStretchLastSection(true);
    m_residentTable->setWordWrap(false);
    layout->addWidget(m_residentTable);
    // A new tenant or a changed phone is entered here, by the desk, not by a CSV import (issue 11).
    auto* residentButtons = new QHBoxLayout;
    const auto residentButton = [page, residentButtons](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, page);
        b->setObjectName(name);
        residentButtons->addWidget(b);
        return b;
    };
    m_addResident = residentButton(tr("&Add resident…"), u"addResidentButton"_s);
    m_editResident = residentButton(tr("Correc&t resident…"), u"editResidentButton"_s);
    m_moveOut = residentButton(tr("&Moves out…"), u"moveOutButton"_s);
    m_residentSaved = new QLabel(page);
    m_residentSaved->setObjectName(u"residentSaved"_s);
    residentButtons->addWidget(m_residentSaved, 1);
    layout->addLayout(residentButtons);
    connect(m_addResident, &QPushButton::clicked, this, &UnitDetailWidget::addResident);
    connect(m_editResident, &QPushButton::clicked, this, &UnitDetailWidget::editResident);
    connect(m_moveOut, &QPushButton::clicked, this, &UnitDetailWidget::moveOutResident);
    connect(m_residentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitDetailWidget::updateEditing);

    auto* notesCaption = new QLabel(tr("Unit &notes"), page);
    notesCaption->setFont(bold);
    layout->addWidget(notesCaption);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(u"unitNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the next clerk should know about this unit"));
    notesCaption->setBuddy(m_notes);
    layout->addWidget(m_notes, 1);
    m_notes->setMinimumHeight(80);
    m_notesError = new QLabel(page);
    m_notesError->setObjectName(u"unitNotesError"_s);
    m_notesError->setStyleSheet(u"color: #c62828;"_s);
    m_notesError->setWordWrap(true);
    m_notesError->hide();
    layout->addWidget(m_notesError);
    auto* buttons = new QHBoxLayout;
    m_saveNotes = new QPushButton(tr("Save notes"), page);
    m_saveNotes->setObjectName(u"saveNotesButton"_s);
    m_saveNotes->setToolTip(tr("Save the unit notes (Ctrl+S)"));
    m_notesSaved = new QLabel(page);
    m_notesSaved->setObjectName(u"unitNotesSaved"_s);
    // No Alt letter: the window's Language menu has Alt+L; the button takes the focus when it shows.
    m_reloadNotesButton = new QPushButton(tr("Reload and apply again"), page);
    m_reloadNotesButton->setObjectName(u"reloadNotesButton"_s);
    m_reloadNotes = new ReloadAndApply(
        m_reloadNotesButton, [this] { return reloadNotes(); }, [this] { saveNotes(); }, this);
    buttons->addWidget(m_saveNotes);
    buttons->addWidget(m_reloadNotesButton);
    buttons->addWidget(m_notesSaved, 1);
    layout->addLayout(buttons);
    m_stack->addWidget(page);

    connect(m_saveNotes, &QPushButton::clicked, this, &UnitDetailWidget::saveNotes);
    auto* save = new QShortcut(QKeySequence::Save, this, this, &UnitDetailWidget::saveNotes);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesSaved, &QLabel::clear);
    clear();
}

void UnitDetailWidget::setSession(const Session& session)
{
    m_session = session;
    updateEditing();
}

void UnitDetailWidget::updateEditing()
{
    // A courtesy only: the service refuses edits by roles that may not make them.
    const bool may = m_session && m_session->may(Permission::EditRegistry);
    m_notes->setReadOnly(!may);
    m_saveNotes->setVisible(may);
    const bool keeps = m_session && m_session->may(Permission::EditRegistry);
    const Resident* chosen = selectedResident();
    const bool living = chosen && chosen->active;
    m_addResident->setEnabled(keeps && m_unit);
    m_editResident->setEnabled(keeps && living);
    m_moveOut->setEnabled(keeps && living);
    const QString refusal =
        m_session && !keeps ? Roles::refusal(m_session->user.role, Permission::EditRegistry) : QString();
    m_addResident->setToolTip(refusal.isEmpty() ? tr("A new owner or tenant of this unit (Alt+A)") : refusal);
    m_editResident->setToolTip(!refusal.isEmpty() ? refusal
                               : living           ? tr("Correct the name or the phones of the chosen resident (Alt+T)")
                                                  : tr("Choose a resident who lives here in the list first."));
    m_moveOut->setToolTip(!refusal.isEmpty() ? refusal
                          : living           ? tr("Record the day the chosen resident moved out (Alt+M); the record "
                                                            "is kept.")
                                             : tr("Choose a resident who lives here in the list first."));
}

const Resident* UnitDetailWidget::selectedResident() const
{
    const QModelIndex current = m_residentTable->currentIndex();
    if (!m_unit || !current.isValid() || current.row() >= m_residents->rowCount())
        return nullptr;
    return &m_residents->residentAt(current.row());
}

void UnitDetailWidget::addResident()
{
    openResidentDialog(static_cast<int>(ResidentDialog::Mode::Add));
}

void UnitDetailWidget::editResident()
{
    openResidentDialog(static_cast<int>(ResidentDialog::Mode::Edit));
}

void UnitDetailWidget::moveOutResident()
{
    openResidentDialog(static_cast<int>(ResidentDialog::Mode::MoveOut));
}

void UnitDetailWidget::openResidentDialog(int mode)
{
    const auto m = static_cast<ResidentDialog::Mode>(mode);
    if (!m_unit || !m_session)
        return;
    const Resident* chosen = selectedResident();
    if (m != ResidentDialog::Mode::Add && !chosen)
        return;
    const qint64 unitId = m_unit->unit.id;
    ResidentDialog dialog(m_registry, *m_session, m_clock, m, unitId, chosen ? *chosen : Resident{}, this);
    if (m_beforeDialog)
        m_beforeDialog(dialog);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    const qint64 residentId = dialog.saved()->id;
    showUnit(unitId);
    for (int row = 0; row < m_residents->rowCount(); ++row)
        if (m_residents->residentAt(row).id == residentId)
            m_residentTable->setCurrentIndex(m_residents->index(row, 0));
    m_residentSaved->setText(m == ResidentDialog::Mode::Add    ? tr("%1 added.").arg(dialog.saved()->name)
                             : m == ResidentDialog::Mode::Edit ? tr("%1 saved.").arg(dialog.saved()->name)
                                                               : tr("%1 moved out.").arg(dialog.saved()->name));
}

void UnitDetailWidget::clear()
{
    m_unit.reset();
    m_notes->clear();
    m_residents->setResidents({});
    m_notesError->hide();
    m_reloadNotes->withdraw();
    updateEditing();
    m_empty->setText(tr("Find a unit with the search field, then pick it from the list."));
    m_stack->setCurrentWidget(m_empty);
}

void UnitDetailWidget::showUnit(qint64 unitId)
{
    if (unitId == 0 || !m_session) {
        clear();
        return;
    }
    auto detail = m_registry.unit(*m_session, unitId);
    if (!detail) {
        clear();
        m_empty->setText(detail.error().message);
        return;
    }
    m_unit = detail.value();
    const Unit& u = m_unit->unit;
    m_code->setText(u.code);
    m_type->setText(RegistryDisplay::typeName(u.type));
    m_area->setText(tr("%1 m²").arg(RegistryDisplay::area(u.areaCenti)));
    // Zones are often named after their butler; say the name once then.
    if (u.zoneName.isEmpty() && u.butlerName.isEmpty())
        m_zone->setText(u"—"_s);
    else if (u.zoneName.isEmpty() || u.butlerName.isEmpty() || u.zoneName == u.butlerName)
        m_zone->setText(u.zoneName.isEmpty() ? u.butlerName : u.zoneName);
    else
        m_zone->setText(u.zoneName + u" / "_s + u.butlerName);
    const QStringList standing = m_facts ? m_facts->of(*m_session, unitId) : QStringList{};
    m_standing->setText(standing.join(u'\n'));
    m_standing->setVisible(!standing.isEmpty());
    m_residents->setResidents(m_unit->residents);
    m_residentTable->resizeColumnsToContents();
    // As tall as its rows (up to eight, then it scrolls), so the notes get the rest of the height.
    const int rows = qBound(1, m_residents->rowCount(), 8);
    m_residentTable->setFixedHeight(m_residentTable->horizontalHeader()->sizeHint().height() +
                                    rows * m_residentTable->verticalHeader()->defaultSectionSize() +
                                    2 * m_residentTable->frameWidth() + 2);
    m_notes->setPlainText(u.notes);
    m_notesError->clear();
    m_notesError->hide();
    m_reloadNotes->withdraw();
    m_notesSaved->clear();
    m_residentSaved->clear();
    updateEditing();
    m_stack->setCurrentIndex(1);
}

void UnitDetailWidget::showAgain()
{
    if (!m_unit || !m_session || hasUnsavedNotes())
        return;
    auto now = m_registry.unit(*m_session, m_unit->unit.id);
    if (!now)
        return;
    const Unit& a = m_unit->unit;
    const Unit& b = now.value().unit;
    bool same = a.notes == b.notes && a.type == b.type && a.areaCenti == b.areaCenti && a.zoneName == b.zoneName &&
                a.butlerName == b.butlerName && m_unit->residents.size() == now.value().residents.size();
    for (qsizetype i = 0; same && i < m_unit->residents.size(); ++i) {
        const Resident& x = m_unit->residents.at(i);
        const Resident& y = now.value().residents.at(i);
        same = x.id == y.id && x.version == y.version && x.active == y.active;
    }
    if (same)
        return; // this desk's own save coming back, or another unit's resident: "Saved." stays
    const Resident* chosen = selectedResident();
    const qint64 keep = chosen ? chosen->id : 0;
    showUnit(a.id);
    for (int row = 0; keep != 0 && row < m_residents->rowCount(); ++row)
        if (m_residents->residentAt(row).id == keep)
            m_residentTable->setCurrentIndex(m_residents->index(row, 0));
}

bool UnitDetailWidget::hasUnsavedNotes() const
{
    return m_unit && !m_notes->isReadOnly() && m_notes->toPlainText().trimmed() != m_unit->unit.notes.trimmed();
}

bool UnitDetailWidget::reloadNotes()
{
    if (!m_unit || !m_session)
        return false;
    const QString read = m_unit->unit.notes.trimmed();
    const QString typed = m_notes->toPlainText().trimmed();
    showUnit(m_unit->unit.id);
    if (!m_unit)
        return false;
    // Whole lines added after the notes as they were read (how notes grow) go after what the other desk
    // saved, and are saved. A text changed within stays in the editor as typed, over nothing: the
    // person reads the other desk's notes (said in the line below) and saves when she has merged them.
    const QString now = m_unit->unit.notes.trimmed();
    const bool appended = read.isEmpty() || typed == read || typed.startsWith(read + u'\n');
    if (!appended) {
        m_notes->setPlainText(typed);
        m_notesError->setText(tr("The notes as saved at the other desk now:\n%1\nYour text is kept above; "
                                 "save it when it has what should stay of theirs.")
                                  .arg(now.isEmpty() ? tr("(none)") : now));
        m_notesError->show();
        return false; // not saved: nothing of theirs is written over unseen
    }
    const QString added = typed.mid(read.size()).trimmed();
    m_notes->setPlainText(now.isEmpty() ? added : added.isEmpty() ? now : now + u'\n' + added);
    return true;
}

bool UnitDetailWidget::saveNotes()
{
    if (!m_unit || !m_session || m_notes->isReadOnly())
        return false;
    const qint64 id = m_unit->unit.id;
    // The text the editor started from: a colleague's save in between is reported, never overwritten.
    Status saved = m_registry.setUnitNotes(*m_session, id, m_notes->toPlainText(), m_unit->unit.notes);
    if (!saved) {
        m_notesError->setText(saved.error().message);
        m_notesError->show();
        m_notes->setFocus();
        m_reloadNotes->offer(saved.error());
        return false;
    }
    m_notesError->hide();
    showUnit(id);
    m_notesSaved->setText(tr("Saved."));
    emit notesSaved(id);
    return true;
}

} // namespace fd
