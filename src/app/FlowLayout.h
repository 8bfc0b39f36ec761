#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and starts a new row where the width runs out, so that a row
// of buttons or of label-and-field groups never makes its window wider than its widest item,
// whatever the language and the font size.
class FlowLayout : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // A group of items kept together on one row (a label and its field, say).
    void addLayout(QLayout *layout);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // The number of rows the last layout used, for tests.
    int rowCount() const { return m_rows; }

private:
    // Places the items in `rect` (or only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem *> m_items;
    mutable int m_rows = 0;
};
