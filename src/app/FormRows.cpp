#include "FormRows.h"

#include <QFormLayout>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <iterator>

namespace {

// The rows of one form as they were first seen, in order, and which of them are taken out.
class RowBook : public QObject
{
public:
    struct Row
    {
        QPointer<QWidget> label;
        QPointer<QWidget> field;
        QPointer<QLayout> fieldLayout;
        bool spanning = false;
        bool taken = false;
    };

    explicit RowBook(QFormLayout *form)
        : QObject(form)
        , m_form(form)
    {
        sync();
    }

    // The form's book, if one was started (no Q_OBJECT here, so not through findChild()).
    static RowBook *find(const QFormLayout *form)
    {
        for (QObject *child : form->children()) {
            if (auto *book = dynamic_cast<RowBook *>(child))
                return book;
        }
        return nullptr;
    }

    static RowBook *of(QFormLayout *form)
    {
        RowBook *book = find(form);
        return book ? book : new RowBook(form);
    }

    Row *rowOf(const QWidget *widget)
    {
        if (Row *row = lookUp(widget))
            return row;
        sync(); // a row added to the form since
        return lookUp(widget);
    }

    // Where a row taken out goes back: after the rows before it that are in the form.
    int placeOf(const Row *wanted) const
    {
        int place = 0;
        for (const Row &row : m_rows) {
            if (&row == wanted)
                break;
            if (!row.taken)
                ++place;
        }
        return place;
    }

private:
    Row *lookUp(const QWidget *widget)
    {
        for (Row &row : m_rows) {
            if (row.label == widget || row.field == widget)
                return &row;
        }
        return nullptr;
    }

    // Learns the rows of the form it does not know yet, each after the known row above it.
    void sync()
    {
        qsizetype next = 0;
        for (int place = 0; place < m_form->rowCount(); ++place) {
            Row entry;
            entry.label = widgetAt(m_form, place, QFormLayout::LabelRole);
            entry.spanning = m_form->itemAt(place, QFormLayout::SpanningRole) != nullptr;
            const QFormLayout::ItemRole fieldRole =
                entry.spanning ? QFormLayout::SpanningRole : QFormLayout::FieldRole;
            entry.field = widgetAt(m_form, place, fieldRole);
            QLayoutItem *fieldItem = m_form->itemAt(place, fieldRole);
            entry.fieldLayout = fieldItem ? fieldItem->layout() : nullptr;
            const auto known = std::find_if(m_rows.begin(), m_rows.end(), [&entry](const Row &row) {
                return (entry.label && row.label == entry.label)
                    || (entry.field && row.field == entry.field)
                    || (entry.fieldLayout && row.fieldLayout == entry.fieldLayout);
            });
            if (known != m_rows.end()) {
                next = std::distance(m_rows.begin(), known) + 1;
            } else {
                // Added to the form since: after the known row above it and the rows taken
                // out below that one, as a row added at the end is.
                while (next < m_rows.size() && m_rows.at(next).taken)
                    ++next;
                m_rows.insert(next, entry);
                ++next;
            }
        }
    }

    static QWidget *widgetAt(QFormLayout *form, int row, QFormLayout::ItemRole role)
    {
        QLayoutItem *item = form->itemAt(row, role);
        return item ? item->widget() : nullptr;
    }

    QFormLayout *m_form;
    QList<Row> m_rows;
};

void setShown(const RowBook::Row &row, bool shown)
{
    for (QWidget *widget : {row.label.data(), row.field.data()}) {
        if (widget)
            widget->setVisible(shown);
    }
}

} // namespace

void FormRows::setRowShown(QFormLayout *form, QWidget *widget, bool shown)
{
    RowBook *book = RowBook::of(form);
    RowBook::Row *row = book->rowOf(widget);
    if (!row || row->fieldLayout) {
        // Not a row of widgets: a row whose field is a layout is never skipped by Qt 6.4.
        widget->setVisible(shown);
        return;
    }
    if (shown && row->taken) {
        const int place = book->placeOf(row);
        if (row->spanning)
            form->insertRow(place, row->field);
        else
            form->insertRow(place, row->label, row->field);
        row->taken = false;
    } else if (!shown && !row->taken) {
        int place = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        form->getWidgetPosition(widget, &place, &role);
        if (place >= 0) {
            const QFormLayout::TakeRowResult taken = form->takeRow(place);
            // The layout's items for the widgets, not the widgets: they stay children of the
            // form's widget, hidden.
            delete taken.labelItem;
            delete taken.fieldItem;
            row->taken = true;
        }
    }
    setShown(*row, shown);
}

QFormLayout *FormRows::formWhereAlone(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (!parent)
        return nullptr;
    const auto forms = parent->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        if (form->parentWidget() != parent)
            continue;
        int place = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        form->getWidgetPosition(widget, &place, &role);
        if (place >= 0)
            return role != QFormLayout::LabelRole && !form->itemAt(place, QFormLayout::LabelRole)
                ? form
                : nullptr;
        // Taken out earlier: the form's book knows it.
        if (RowBook *book = RowBook::find(form)) {
            if (const RowBook::Row *row = book->rowOf(widget))
                return row->label ? nullptr : form;
        }
    }
    return nullptr;
}

void FormRows::setShown(QWidget *widget, bool shown)
{
    if (QFormLayout *form = formWhereAlone(widget))
        setRowShown(form, widget, shown);
    else
        widget->setVisible(shown);
}
